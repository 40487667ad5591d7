package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHealthCommand(t *testing.T) {
	var status int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(status)
		w.Write([]byte(`{"path":"` + r.URL.Path + `"}`))
	}))
	defer srv.Close()
	listen := strings.TrimPrefix(srv.URL, "http://")
	for _, tc := range []struct {
		name     string
		status   int
		args     []string
		wantErr  bool
		wantPath string
	}{
		{"ready", 200, nil, false, "/healthz"},
		{"not ready", 503, nil, true, "/healthz"},
		{"live", 200, []string{"-live"}, false, "/livez"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status = tc.status
			out, _, err := runCmd(t, map[string]string{"NEWSBOT_HTTP_LISTEN": listen}, "", append([]string{"health"}, tc.args...)...)
			if (err != nil) != tc.wantErr {
				t.Errorf("health = %v, want error %v", err, tc.wantErr)
			}
			if !strings.Contains(out, tc.wantPath) {
				t.Errorf("output %q: want the answer from %s", out, tc.wantPath)
			}
		})
	}
	if _, _, err := runCmd(t, nil, "", "health"); err == nil || !strings.Contains(err.Error(), "http.listen") {
		t.Errorf("health without http.listen = %v, want an error naming http.listen", err)
	}
}
