package main

import (
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// serveLog is a terminal the server writes while the test reads it.
type serveLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *serveLog) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *serveLog) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// startServe runs "atlas serve" on a free port over a copy of the seed
// fixture and the repository's layouts and assets, and returns the site's
// URL and its content folder.
func startServe(t *testing.T, stderr *serveLog) (url, content string) {
	t.Helper()
	content = filepath.Join(copySite(t), "content")
	ctx, stop := context.WithCancel(context.Background())
	var stdout serveLog
	exit := make(chan int, 1)
	go func() {
		exit <- serveUntil(ctx, []string{"--addr", "127.0.0.1:0", "--content", content}, noLocale, &stdout, stderr)
	}()
	t.Cleanup(func() {
		stop()
		select {
		case code := <-exit:
			if code != 0 {
				t.Errorf("atlas serve exited %d:\n%s", code, stderr)
			}
		case <-time.After(5 * time.Second):
			t.Error("atlas serve did not stop")
		}
	})
	serving := regexp.MustCompile(`serving (http://127\.0\.0\.1:\d+/)`)
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := serving.FindStringSubmatch(stdout.String()); m != nil {
			return m[1], content
		}
	}
	t.Fatalf("atlas serve printed no address:\n%s\n%s", stdout.String(), stderr)
	return "", ""
}

// waitInPage polls what the open page shows until it contains want, never
// navigating: only the page's own reload can bring the change.
func waitInPage(t *testing.T, ctx context.Context, js, want string) {
	t.Helper()
	var got string
	var err error
	for deadline := time.Now().Add(8 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		// Errors are expected while the page reloads.
		if got, err = chromedp.Run(ctx, chromedp.Evaluate[string](js)); err == nil && strings.Contains(got, want) {
			return
		}
	}
	t.Fatalf("the page never showed %q; last %s = %q (error %v)", want, js, got, err)
}

// TestServeLiveReload edits, breaks and fixes an agreement while its page is
// open in a browser, and watches the page follow.
func TestServeLiveReload(t *testing.T) {
	ctx := browser(t)
	var stderr serveLog
	url, content := startServe(t, &stderr)
	page := url + "fr/agreements/tinghir-health-staff-2023.html"
	if err := chromedp.Do(ctx, chromedp.Navigate(page), chromedp.WaitReady(chromedp.CSS("h1"))); err != nil {
		t.Fatal(err)
	}
	const h1 = `document.querySelector("h1") ? document.querySelector("h1").innerText : ""`
	waitInPage(t, ctx, h1, "Convention de partenariat pour doter")

	file := filepath.Join(content, "agreements", "tinghir-health-staff-2023.md")
	original, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	change := func(old, new string) {
		t.Helper()
		data, err := os.ReadFile(file)
		if err != nil || !bytes.Contains(data, []byte(old)) {
			t.Fatalf("%s lacks %q (%v)", file, old, err)
		}
		saveFile(t, file, bytes.Replace(data, []byte(old), []byte(new), 1))
	}

	change(`fr = "Convention de partenariat pour doter`, `fr = "Convention rebaptisée pour doter`)
	waitInPage(t, ctx, h1, "Convention rebaptisée pour doter")

	change("provinces = [", "provences = [")
	diagnostic := filepath.ToSlash(file) + `:14:1: error: unknown key "provences" (did you mean "provinces"?)`
	waitInPage(t, ctx, "document.body.innerText", diagnostic)
	if !strings.Contains(stderr.String(), diagnostic) {
		t.Errorf("the terminal does not show %q:\n%s", diagnostic, stderr.String())
	}

	saveFile(t, file, original)
	waitInPage(t, ctx, h1, "Convention de partenariat pour doter")
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || loc != page {
		t.Errorf("the page is at %s (%v), want %s", loc, err, page)
	}
	if !strings.Contains(stderr.String(), "rebuilt: 52 pages, ") {
		t.Errorf("the terminal shows no rebuild:\n%s", stderr.String())
	}
}

func TestServeAddress(t *testing.T) {
	tests := []struct {
		addr     net.TCPAddr
		url      string
		loopback bool
	}{
		{net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 8080}, "http://127.0.0.1:8080/", true},
		{net.TCPAddr{IP: net.IPv6loopback, Port: 8080}, "http://[::1]:8080/", true},
		{net.TCPAddr{IP: net.IPv4zero, Port: 80}, "http://localhost:80/", false},
		{net.TCPAddr{IP: net.IPv6unspecified, Port: 8080}, "http://localhost:8080/", false},
		{net.TCPAddr{IP: net.IPv4(192, 168, 1, 20), Port: 8080}, "http://192.168.1.20:8080/", false},
	}
	for _, tt := range tests {
		if got := siteURL(&tt.addr); got != tt.url {
			t.Errorf("siteURL(%v) = %q, want %q", &tt.addr, got, tt.url)
		}
		if got := loopback(&tt.addr); got != tt.loopback {
			t.Errorf("loopback(%v) = %v, want %v", &tt.addr, got, tt.loopback)
		}
	}
}

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{{"extra"}, {"--nope"}, {"--addr", "127.0.0.1:99999"}} {
		var stdout, stderr serveLog
		if code := serveUntil(context.Background(), args, noLocale, &stdout, &stderr); code == 0 {
			t.Errorf("serve %v: exit 0", args)
		}
	}
}

// saveFile writes a file the way most editors save one: a new file renamed
// over the old, so that no build ever reads it half written.
func saveFile(t *testing.T, name string, data []byte) {
	t.Helper()
	tmp := filepath.Join(filepath.Dir(name), "."+filepath.Base(name)+".saving")
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, name); err != nil {
		t.Fatal(err)
	}
}

// noLocale is an environment without a locale: messages in English.
func noLocale(string) string { return "" }

// TestServeSaysProblemsInTheLocale breaks a file under an Arabic locale:
// the terminal says the problem in Arabic.
func TestServeSaysProblemsInTheLocale(t *testing.T) {
	content := filepath.Join(copySite(t), "content")
	os.WriteFile(filepath.Join(content, "agreements", "souss-massa-2024.md"), []byte(checkedFile), 0o644)
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	var stdout, stderr serveLog
	arabic := func(k string) string {
		if k == "LANG" {
			return "ar_MA.UTF-8"
		}
		return ""
	}
	exit := make(chan int, 1)
	go func() {
		exit <- serveUntil(ctx, []string{"--addr", "127.0.0.1:0", "--content", content}, arabic, &stdout, &stderr)
	}()
	waitFor := func(want string) {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline) && !strings.Contains(stderr.String(), want); time.Sleep(50 * time.Millisecond) {
		}
		if !strings.Contains(stderr.String(), want) {
			t.Fatalf("the terminal does not say %q:\n%s", want, stderr.String())
		}
	}
	waitFor(`souss-massa-2024.md:9:1: error: مفتاح غير معروف "provences" (هل تقصد "provinces"؟)`)
	waitFor("فشل البناء: الأخطاء في المحتوى (2)؛ ")

	// Fixed, the file builds, and the server says so in Arabic too.
	fixed := strings.NewReplacer(`"singed"`, `"signed"`, "provences", "provinces").Replace(checkedFile)
	os.WriteFile(filepath.Join(content, "agreements", "souss-massa-2024.md"), []byte(fixed), 0o644)
	waitFor("أعيد بناء الموقع: الصفحات (")
	if !strings.HasPrefix(stdout.String(), "الموقع معروض على http://127.0.0.1:") {
		t.Errorf("stdout: %q", stdout.String())
	}
	for _, line := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(line, ": error: ") || strings.Contains(line, ": warning: ") {
			continue // a diagnostic: its severity stays as editors read it
		}
		if english.MatchString(paths.ReplaceAllString(line, "")) {
			t.Errorf("a line in English: %q", line)
		}
	}
	stop()
	if code := <-exit; code != 0 {
		t.Errorf("atlas serve exited %d", code)
	}
}
