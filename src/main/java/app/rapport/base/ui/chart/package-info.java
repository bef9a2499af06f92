/**
 * The chart component shared by all features: {@link app.rapport.base.ui.chart.ChartSpec} says what
 * to show, {@link app.rapport.base.ui.chart.Chart} draws it with Chart.js, and
 * {@link app.rapport.base.ui.chart.ChartCard} puts the same figures beside it as an accessible table.
 */
package app.rapport.base.ui.chart;
