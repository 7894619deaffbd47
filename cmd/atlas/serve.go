package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"strconv"
	"syscall"

	"atlas/generator/diag"
	"atlas/generator/serve"
)

// serveCommand serves the site until Ctrl+C or a termination signal.
func serveCommand(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serveUntil(ctx, args, os.Getenv, stdout, stderr)
}

// serveUntil is serveCommand stopped by ctx, so that tests can stop it.
func serveUntil(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var site siteFlags
	site.register(fl)
	addr := fl.String("addr", "127.0.0.1:8080", "address to listen on; a loopback address keeps the site on this computer")
	var lang langFlag
	lang.register(fl, getenv)
	if err := fl.Parse(args); err != nil {
		return 2
	}
	print, err := lang.printer(diag.Printer("text"))
	if err != nil {
		fmt.Fprintf(stderr, "atlas: %v\n", err)
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "atlas serve: unexpected argument %q\n", fl.Arg(0))
		return 2
	}
	src := site.sources() // also fills in the default layouts and assets
	l, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "atlas: %v\n", err)
		return 1
	}
	if !loopback(l.Addr()) {
		fmt.Fprintf(stderr, "atlas: warning: listening on %s: the site is reachable from the network, not only from this computer\n", l.Addr())
	}
	s := serve.New(serve.Config{
		Content: site.content, Layouts: site.layouts, Assets: site.assets,
		ContentName: src.ContentName, LayoutsName: src.LayoutsName, Log: stderr, Print: print,
		Say: func(w io.Writer, line string) { lang.say(w, "", line) },
	})
	lang.say(stdout, "", fmt.Sprintf("serving %s (Ctrl+C to stop)", siteURL(l.Addr())))
	if err := s.Run(ctx, l); err != nil {
		fmt.Fprintf(stderr, "atlas: %v\n", err)
		return 1
	}
	return 0
}

func loopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}

// siteURL is the address to open in a browser; a server listening on every
// interface is reachable from this computer as localhost.
func siteURL(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if !ok {
		return "http://" + a.String() + "/"
	}
	host := tcp.IP.String()
	if tcp.IP.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, strconv.Itoa(tcp.Port)) + "/"
}
