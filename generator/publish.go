package generator

import (
	"atlas/generator/content"
	"atlas/generator/data"
	"atlas/generator/pages"
	"atlas/generator/plan"
	"atlas/generator/render"
)

// publish adds to a job the outputs that are not pages or assets: the
// downloads of data/.
func (j *Job) publish(c *content.Content, site *pages.Site, downloads *data.Set) {
	j.add(plan.Downloads(downloads), plan.EncodeData, render.Downloads(downloads))
}

// add adds outputs and the encoder that writes them.
func (j *Job) add(outputs []plan.Output, name string, enc render.Encoder) {
	j.Plan = append(j.Plan, outputs...)
	j.Encoders[name] = enc
}
