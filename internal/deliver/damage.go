package deliver

import "github.com/prometheus/client_golang/prometheus"

// WatchDamage exposes count, the number of stored values the store could
// not decode since it opened, as newsbot_store_damaged_values_total: a
// damaged value is read as empty, and this is how an operator hears of it.
// Call it once per Metrics.
func (m *Metrics) WatchDamage(count func() int64) {
	if m == nil || count == nil {
		return
	}
	m.reg.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{
		Name: "newsbot_store_damaged_values_total",
		Help: "Stored values (JSON columns) that could not be decoded and were read as empty; the log names each.",
	}, func() float64 { return float64(count()) }))
}
