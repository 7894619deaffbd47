package content

// The closed vocabularies of the contract. Each value has a label in every
// language's catalog ("kind.convention", "party.gst", …).
var (
	Kinds       = []string{"convention", "charter", "program", "equipment", "amendment"}
	Statuses    = []string{"announced", "signed", "in-progress", "completed", "cancelled"}
	PartyTypes  = []string{"ministry", "health-directorate", "gst", "territorial-administration", "regional-council", "provincial-council", "commune", "indh", "foundation", "association", "agency", "professional-order", "company", "other"}
	Roles       = []string{"signatory", "funder", "implementer", "supervisor", "present"}
	SourceLangs = []string{"ar", "fr", "en"}
	Levels      = []string{"prefecture", "province"}
	// Occasions are what a source reports of an agreement, which the
	// parties with role "present" attended.
	Occasions = []string{"signing", "launch", "handover", "meeting"}
)
