// One gate per file, registered from its SIG's package (KubeVirt's newer layout).
package legacy

import "kubevirt.io/kubevirt/pkg/virt-config/featuregate"

const VSOCKGate = "VSOCK"

func init() {
	featuregate.RegisterFeatureGate(featuregate.FeatureGate{Name: VSOCKGate, State: featuregate.Beta})
}
