// Gates on their way out, as in KubeVirt's pkg/virt-config/featuregate/inactive.go:
// the same call, with a message after the state.
package featuregate

const HotplugVolumesGate = "HotplugVolumes"

func init() {
	RegisterFeatureGate(FeatureGate{Name: HotplugVolumesGate, State: Deprecated, Message: "use DeclarativeHotplugVolumes"})
}
