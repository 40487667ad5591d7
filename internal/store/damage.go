package store

import "encoding/json"

// decodeJSON reads a JSON column this package wrote into v. A value that
// does not decode (damaged on disk, or edited by hand) leaves v empty, as
// the rest of the row is still worth showing; it is logged, naming the
// column and row, and counted, so the damage is never silent.
func (d *DB) decodeJSON(column string, id int64, raw string, v any) {
	if raw == "" {
		return
	}
	if err := json.Unmarshal([]byte(raw), v); err != nil {
		d.damaged.Add(1)
		d.log.Warn("damaged stored value read as empty", "column", column, "id", id, "err", err)
	}
}

// DamagedValues returns how many stored values could not be decoded since
// the database was opened (see decodeJSON).
func (d *DB) DamagedValues() int64 { return d.damaged.Load() }
