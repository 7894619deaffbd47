package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"atlas/generator"
)

func main() {
	dir := os.Args[1]
	f, _ := os.Create("/tmp/cpu.prof")
	pprof.StartCPUProfile(f)
	start := time.Now()
	src := generator.Sources{Content: os.DirFS(dir + "/content"), ContentName: "content", Layouts: os.DirFS("/work/main/layouts"), Assets: os.DirFS("/work/main/assets")}
	os.RemoveAll("/tmp/prof-out")
	done := make(chan bool)
	go func() {
		var peak uint64
		for {
			select {
			case <-done:
				fmt.Println("peak heap inuse MB", peak>>20)
				done <- true
				return
			case <-time.After(50 * time.Millisecond):
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak {
					peak = ms.HeapInuse
					if peak > 500<<20 {
						h, _ := os.Create("/tmp/heap.prof")
						pprof.WriteHeapProfile(h)
						h.Close()
					}
				}
			}
		}
	}()
	_, err := generator.Build(src, "/tmp/prof-out")
	pprof.StopCPUProfile()
	done <- true
	<-done
	fmt.Println(time.Since(start), err)
}
