// Tests register gates of their own; the config's files: glob leaves *_test.go out.
package storage

import "kubevirt.io/kubevirt/pkg/virt-config/featuregate"

func init() {
	featuregate.RegisterFeatureGate(featuregate.FeatureGate{Name: "TestOnlyGate", State: featuregate.Alpha})
}
