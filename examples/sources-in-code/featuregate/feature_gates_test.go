// Tests register gates of their own; the config's files: glob leaves *_test.go out.
package featuregate

func init() {
	RegisterFeatureGate(FeatureGate{Name: "TestOnlyGate", State: Alpha})
}
