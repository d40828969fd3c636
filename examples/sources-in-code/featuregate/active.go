// Gates that can be switched on, registered as KubeVirt registers them in
// pkg/virt-config/featuregate/active.go: a constant per gate and one
// RegisterFeatureGate call each. gofmt breaks a long call over lines, and the
// config's pattern reads it so too; a call in a comment registers nothing,
// and the pattern, which wants the call at the start of its line, skips it.
package featuregate

const (
	CPUManagerGate            = "CPUManager"
	ExpandDisksGate           = "ExpandDisks"
	NetworkBindingPluginsGate = "NetworkBindingPlugins"
	VSOCKGate                 = "VSOCK"
	ImageVolumeGate           = "ImageVolume"
)

func init() {
	RegisterFeatureGate(FeatureGate{Name: CPUManagerGate, State: GA})
	RegisterFeatureGate(FeatureGate{Name: ExpandDisksGate, State: GA})
	RegisterFeatureGate(FeatureGate{Name: NetworkBindingPluginsGate, State: Beta})
	RegisterFeatureGate(FeatureGate{Name: VSOCKGate, State: Beta})
	RegisterFeatureGate(FeatureGate{
		Name:  ImageVolumeGate,
		State: Alpha,
	})
	// RegisterFeatureGate(FeatureGate{Name: RetiredGate, State: Alpha})
}
