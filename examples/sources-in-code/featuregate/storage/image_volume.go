package storage

import "kubevirt.io/kubevirt/pkg/virt-config/featuregate"

const ImageVolumeGate = "ImageVolume"

func init() {
	featuregate.RegisterFeatureGate(featuregate.FeatureGate{Name: ImageVolumeGate, State: featuregate.Alpha})
}
