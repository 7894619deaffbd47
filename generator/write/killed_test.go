package write_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"atlas/generator/write"
)

// The killed builds are real: the test binary runs again as a child that
// builds until it reaches the step it is told to stop at, says so, and
// waits to be killed.
const (
	killAtEnv      = "ATLAS_WRITE_KILL_AT"
	killOutEnv     = "ATLAS_WRITE_KILL_OUT"
	killRenamesEnv = "ATLAS_WRITE_KILL_RENAMES" // swap by two renames
)

// TestKilledBuildChild is the child; it does nothing in a normal run.
func TestKilledBuildChild(t *testing.T) {
	at, out := os.Getenv(killAtEnv), os.Getenv(killOutEnv)
	if at == "" {
		t.Skip("the child of TestKilledBuild")
	}
	stop := write.Events(func(event string) {
		if event == at {
			fmt.Println("stopped at", event)
			os.Stdin.Read(make([]byte, 1)) // until killed
		}
	})
	opts := []write.Option{stop}
	if os.Getenv(killRenamesEnv) != "" {
		opts = append(opts, write.NoExchange())
	}
	err := write.Site(out, pagesOf("killed", 100), opts...)
	t.Fatalf("the build went past %q: %v", at, err)
}

// kill runs a build of out in a child process and kills it at the step
// at; renames has it swap by two renames.
func kill(t *testing.T, out, at string, renames bool) {
	t.Helper()
	child := exec.Command(os.Args[0], "-test.run=^TestKilledBuildChild$", "-test.count=1")
	child.Env = append(os.Environ(), killAtEnv+"="+at, killOutEnv+"="+out)
	if renames {
		child.Env = append(child.Env, killRenamesEnv+"=1")
	}
	var stderr bytes.Buffer
	child.Stderr = &stderr
	stdin, err := child.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	stdout, err := child.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stdout)
	var printed []string
	for lines.Scan() && !strings.HasPrefix(lines.Text(), "stopped at") {
		printed = append(printed, lines.Text())
	}
	child.Process.Kill()
	child.Wait()
	if !strings.HasPrefix(lines.Text(), "stopped at") {
		t.Fatalf("the child did not stop at %q:\n%s\n%s", at, strings.Join(printed, "\n"), stderr.String())
	}
}

// pagesOf is a site of n pages whose text says which build wrote it.
func pagesOf(build string, n int) []write.File {
	files := []write.File{{Path: "index.html", Data: []byte("<p>" + build + "</p>")}}
	for i := range n {
		files = append(files, write.File{
			Path: fmt.Sprintf("fr/page-%03d.html", i),
			Data: []byte(fmt.Sprintf("<p>%s, page %d</p>", build, i)),
		})
	}
	return files
}

// alone is the tree of a build of files into a fresh folder.
func alone(t *testing.T, files []write.File) map[string]string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "public")
	if err := write.Site(dir, files); err != nil {
		t.Fatal(err)
	}
	return tree(t, dir)
}

func TestKilledBuild(t *testing.T) {
	previous, next := pagesOf("previous", 100), pagesOf("next", 100)
	broken := append(pagesOf("broken", 1), write.File{Path: "app.js", Data: []byte("function ( {")})
	tests := []struct {
		name     string
		previous bool   // whether an output is there before the killed build
		renames  bool   // whether the killed build swaps by two renames
		at       string // the step the build is killed at
		killed   string // the output the killed build leaves: "previous", "killed" or "none"
		then     []write.File
		after    string // the output after the next build: "previous" or "next"
	}{
		{"while writing the first output", false, false, "wrote fr/page-050.html", "none", next, "next"},
		{"while writing over an output", true, false, "wrote fr/page-050.html", "previous", next, "next"},
		{"after writing every file", true, false, "wrote fr/page-099.html", "previous", next, "next"},
		{"after the exchange", true, false, "exchanged", "killed", next, "next"},
		{"between its two renames", true, true, "moved aside", "none", next, "next"},
		{"between its two renames, then a failed build", true, true, "moved aside", "none", broken, "previous"},
		{"after its two renames", true, true, "moved in", "killed", next, "next"},
	}
	trees := map[string]map[string]string{"previous": alone(t, previous), "killed": alone(t, pagesOf("killed", 100)), "next": alone(t, next)}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "public")
			if tt.at == "exchanged" {
				needExchange(t)
			}
			if tt.previous {
				if err := write.Site(out, previous); err != nil {
					t.Fatal(err)
				}
			}
			kill(t, out, tt.at, tt.renames)
			if tt.killed == "none" {
				if _, err := os.Stat(out); err == nil {
					t.Errorf("the killed build left an output")
				}
			} else if got := tree(t, out); !reflect.DeepEqual(got, trees[tt.killed]) {
				t.Errorf("the killed build left an output that is not the %s one: %v", tt.killed, got)
			}
			if len(leftovers(t, out)) == 0 {
				t.Fatal("the killed build left nothing to put right: the test proves nothing")
			}

			var notices []string
			err := write.Site(out, tt.then, write.Notify(func(s string) { notices = append(notices, s) }))
			if (err == nil) != (tt.after == "next") {
				t.Errorf("next build: %v", err)
			}
			if got := tree(t, out); !reflect.DeepEqual(got, trees[tt.after]) {
				t.Errorf("after the next build the output is not the %s one: %v", tt.after, got)
			}
			if l := leftovers(t, out); len(l) != 0 {
				t.Errorf("still left beside the output: %v", l)
			}
			if len(notices) == 0 {
				t.Error("the next build did not say what it put right")
			}
			t.Logf("notices: %q", notices)
		})
	}
}

// TestRepairKeepsWhatIsNotItsOwn: beside the output, only the folders a
// build makes go, known by their name or by the mark.
func TestRepairKeepsWhatIsNotItsOwn(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	mkfiles(t, dir,
		// Not marked: a user's backup.
		".public.old/backup.txt",
		// Not names os.MkdirTemp makes, or not a folder.
		".public.new-backup/x", ".public.new-/x", ".public.new-12a/x", ".public.new-7",
		// Another output's.
		".publicx.new-12/x", ".other.new-12/x",
		// An empty folder a killed build made: the only one to go.
		".public.new-42/",
	)
	before := tree(t, dir)
	if err := write.Site(out, pagesOf("next", 1)); err != nil {
		t.Fatal(err)
	}
	after := tree(t, dir)
	for name := range before {
		kept := !strings.HasPrefix(name, ".public.new-42/")
		if _, ok := after[name]; ok != kept {
			t.Errorf("%s: kept %v, want %v", name, ok, kept)
		}
	}
	if got := tree(t, out); !reflect.DeepEqual(got, alone(t, pagesOf("next", 1))) {
		t.Errorf("output %v", got)
	}
}

// needExchange skips a test where folders cannot be exchanged in one step.
func needExchange(t *testing.T) {
	t.Helper()
	a, b := t.TempDir(), t.TempDir()
	if err := write.Exchange(a, b); err != nil {
		t.Skipf("no exchange of folders here: %v", err)
	}
}
