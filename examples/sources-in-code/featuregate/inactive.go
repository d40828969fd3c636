// Gates on their way out, as in KubeVirt's pkg/virt-config/featuregate/inactive.go:
// the same call, with a message after the state, and here with the state
// written before the name (the config's second pattern reads that order).
package featuregate

const HotplugVolumesGate = "HotplugVolumes"

func init() {
	RegisterFeatureGate(FeatureGate{State: Deprecated, Name: HotplugVolumesGate, Message: "use DeclarativeHotplugVolumes"})
}
