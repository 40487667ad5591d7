package news

import "testing"

func TestHost(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.NPR.org:443/2023/story", "npr.org"},
		{"http://24.kg/english/", "24.kg"},
		{"  https://kaktus.media/?lable=8  ", "kaktus.media"},
		{"https://xn--80ak6aa92e.xn--p1ai/", "xn--80ak6aa92e.xn--p1ai"},
		{"https://новости.рф/статья", "новости.рф"},
		{"ftp://files.example/x", ""},
		{"javascript:alert(1)", ""},
		{"not a url", ""},
		{"https://", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Host(tt.in); got != tt.want {
			t.Errorf("Host(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
