// A gate registry kept in Go code, in the form KubeVirt uses: a constant per
// gate and one RegisterFeatureGate call that gives its state. The table in
// ../feature-gates.md is checked against the calls, with no export step.
// Newer KubeVirt keeps a file per gate in a package per SIG (see
// legacy/vsock.go and storage/image_volume.go); the config's pattern reads both.
package featuregate

const (
	CPUManagerGate            = "CPUManager"
	ExpandDisksGate           = "ExpandDisks"
	HotplugVolumesGate        = "HotplugVolumes"
	NetworkBindingPluginsGate = "NetworkBindingPlugins"
)

func init() {
	RegisterFeatureGate(FeatureGate{Name: CPUManagerGate, State: GA})
	RegisterFeatureGate(FeatureGate{Name: ExpandDisksGate, State: GA})
	RegisterFeatureGate(FeatureGate{Name: HotplugVolumesGate, State: Deprecated, Message: "use DeclarativeHotplugVolumes"})
	RegisterFeatureGate(FeatureGate{Name: NetworkBindingPluginsGate, State: Beta})
}
