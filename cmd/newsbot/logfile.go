package main

import (
	"fmt"
	"os"
	"path/filepath"
)

// logToFile sends the process's logs to [log] file, or, in terminal mode
// (terminal set) with no file configured, to newsbot.log beside the
// database: the terminal is the chat, and warnings (a feed that failed to
// poll) do not belong in it. It returns the file's path ("" when logs stay
// on stderr) and a function closing the file.
func (e *env) logToFile(terminal bool) (path string, closeLog func(), err error) {
	path = e.cfg.Log.File
	if path == "" && terminal {
		path = filepath.Join(filepath.Dir(e.cfg.Database.Path), "newsbot.log")
	}
	if path == "" {
		return "", func() {}, nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return "", nil, fmt.Errorf("log.file %s: %w", path, err)
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o640)
	if err != nil {
		return "", nil, fmt.Errorf("log.file %s: %w", path, err)
	}
	e.log = newLogger(f, e.cfg.Log)
	return path, func() { _ = f.Close() }, nil
}
