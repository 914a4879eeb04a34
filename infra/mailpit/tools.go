//go:build tools

// Package tools pins the Mailpit release that infra/fetch.sh builds.
// The build tag keeps this file out of every normal build: it exists only so
// that `go mod tidy` records Mailpit and all of its dependencies, with their
// checksums, in go.mod and go.sum.
package tools

import _ "github.com/axllent/mailpit"
