// One Apache ECharts instance per chart element (echarts is loaded as a classic script before the modules).
const charts = new Map();

/** The chart drawn in the element `id`, created on first use; call it once the element is visible. */
export function chart(id) {
  if (!charts.has(id)) charts.set(id, echarts.init(document.getElementById(id)));
  return charts.get(id);
}

window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
