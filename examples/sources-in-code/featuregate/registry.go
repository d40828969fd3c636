// A gate registry kept in Go code, in the form KubeVirt uses: a constant per
// gate and one RegisterFeatureGate call that gives its state. The table in
// ../feature-gates.md is checked against the calls, with no export step.
package featuregate

const (
	CPUManagerGate            = "CPUManager"
	ExpandDisksGate           = "ExpandDisks"
	HotplugVolumesGate        = "HotplugVolumes"
	ImageVolumeGate           = "ImageVolume"
	NetworkBindingPluginsGate = "NetworkBindingPlugins"
	VSOCKGate                 = "VSOCK"
)

func init() {
	RegisterFeatureGate(FeatureGate{Name: CPUManagerGate, State: GA})
	RegisterFeatureGate(FeatureGate{Name: ExpandDisksGate, State: GA})
	RegisterFeatureGate(FeatureGate{Name: HotplugVolumesGate, State: Deprecated, Message: "use DeclarativeHotplugVolumes"})
	RegisterFeatureGate(FeatureGate{Name: ImageVolumeGate, State: Alpha})
	RegisterFeatureGate(FeatureGate{Name: NetworkBindingPluginsGate, State: Beta})
	RegisterFeatureGate(FeatureGate{Name: VSOCKGate, State: Beta})
}
