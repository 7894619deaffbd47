package data_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"atlas/generator/data"
)

// compile compiles a JSON Schema given as bytes.
func compile(t *testing.T, name string, schema []byte) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	c := jsonschema.NewCompiler()
	url := "https://atlas.invalid/" + name
	if err := c.AddResource(url, doc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return sch
}

func validate(sch *jsonschema.Schema, file []byte) error {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(file))
	if err != nil {
		return err
	}
	return sch.Validate(v)
}

// TestJSONFollowsItsSchema validates each JSON download against the schema
// published beside it, on every content the downloads are tested on.
func TestJSONFollowsItsSchema(t *testing.T) {
	for name, s := range sites(t) {
		for _, pair := range [][2]string{{data.AgreementsJSON, data.AgreementsSchema}, {data.RegionsJSON, data.RegionsSchema}} {
			sch := compile(t, pair[1], s.file(t, pair[1]))
			if err := validate(sch, s.file(t, pair[0])); err != nil {
				t.Errorf("%s: %s does not follow %s:\n%v", name, pair[0], pair[1], err)
			}
		}
	}
}

// TestSchemasRefuseZeroForUnknown checks that the schemas bite: a total
// no agreement gives written as 0 instead of null, or a party's amount
// without the field that says where it comes from, is refused.
func TestSchemasRefuseZeroForUnknown(t *testing.T) {
	s := seed(t)
	regions := compile(t, "regions", s.file(t, data.RegionsSchema))
	file := string(s.file(t, data.RegionsJSON))
	unknown := `"nurses":{"value":null,"known":0`
	if !strings.Contains(file, unknown) {
		t.Fatalf("regions.json has no unknown count of nurses")
	}
	if err := validate(regions, []byte(strings.Replace(file, unknown, `"nurses":{"value":0,"known":0`, 1))); err == nil {
		t.Error("regions.schema.json takes 0 for a count no agreement gives")
	}
	agreements := compile(t, "agreements", s.file(t, data.AgreementsSchema))
	file = string(s.file(t, data.AgreementsJSON))
	if !strings.Contains(file, `,"valueFrom":"share"`) {
		t.Fatalf("agreements.json has no amount computed from a share")
	}
	if err := validate(agreements, []byte(strings.Replace(file, `,"valueFrom":"share"`, "", 1))); err == nil {
		t.Error("agreements.schema.json takes a party's value without valueFrom")
	}
}
