/*
 * <cchc-echart>: an Apache ECharts chart for the server-side component vn.cchc.portal.shared.EChart.
 *
 * Properties (set by the server):
 *   option   - a complete ECharts option as JSON text; applied with notMerge
 *   renderer - 'svg' (default) or 'canvas'
 *   locale   - BCP 47 tag for numbers, e.g. 'vi-VN' (decimal comma) or 'en'
 *
 * JSON cannot hold functions, so these marker strings are replaced:
 *   formatter / valueFormatter: 'cchc:number'  -> the number in `locale`, at most two decimals
 *   xAxis[].axisLabel.width:    'cchc:band'    -> the width of one category band (recomputed on resize)
 *   yAxis[].axisLabel.width:    'cchc:band'    -> 30 % of the chart width
 *
 * Clicking a bar (any series item) or a category axis label dispatches
 *   'cchc-echart-click' with detail { category, series } (series is null for a label click).
 * 'cchc-echart-ready' is dispatched when the chart has been created (ECharts loads on demand).
 */
// ECharts itself is in a separate chunk, downloaded when the first chart is attached.
let echartsLoading = null;
const loadEcharts = () => {
  if (!echartsLoading) {
    echartsLoading = import('./cchc-echart-setup.js').then((module) => module.echarts);
  }
  return echartsLoading;
};

const NUMBER = 'cchc:number';
const BAND = 'cchc:band';
const FORMATTER_KEYS = new Set(['formatter', 'valueFormatter']);

const asArray = (value) => (value == null ? [] : Array.isArray(value) ? value : [value]);

class CchcEChart extends HTMLElement {
  constructor() {
    super();
    this._option = '{}';
    this._renderer = 'svg';
    this._locale = 'vi-VN';
    this._chart = null;
    this._bands = [];
    this._frame = 0;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        :host { display: block; position: relative; box-sizing: border-box; min-width: 0; min-height: 0; }
        :host([hidden]) { display: none !important; }
        #chart { position: absolute; inset: 0; }
      </style>
      <div id="chart" part="chart"></div>`;
    this._container = root.getElementById('chart');
  }

  get option() {
    return this._option;
  }

  set option(value) {
    this._option = value == null || value === '' ? '{}' : String(value);
    this._render();
  }

  get renderer() {
    return this._renderer;
  }

  set renderer(value) {
    const renderer = value === 'canvas' ? 'canvas' : 'svg';
    if (renderer !== this._renderer) {
      this._renderer = renderer;
      if (this._chart) {
        this._dispose();
        this._init();
      }
    }
  }

  get locale() {
    return this._locale;
  }

  set locale(value) {
    const locale = value || 'vi-VN';
    if (locale !== this._locale) {
      this._locale = locale;
      this._numbers = null;
      this._render();
    }
  }

  /** The ECharts instance, for tests and debugging. */
  get chart() {
    return this._chart;
  }

  connectedCallback() {
    this._init();
    this._observer = new ResizeObserver(() => this._scheduleResize());
    this._observer.observe(this);
  }

  disconnectedCallback() {
    if (this._observer) {
      this._observer.disconnect();
      this._observer = null;
    }
    if (this._frame) {
      cancelAnimationFrame(this._frame);
      this._frame = 0;
    }
    this._dispose();
  }

  _init() {
    if (!this.isConnected || this._chart) {
      return;
    }
    const ticket = (this._ticket = (this._ticket || 0) + 1);
    loadEcharts().then((echarts) => {
      // still wanted: attached, not yet initialised, and no newer _init/_dispose since
      if (ticket !== this._ticket || !this.isConnected || this._chart) {
        return;
      }
      this._chart = echarts.init(this._container, null, { renderer: this._renderer });
      this._chart.on('click', (params) => this._onClick(params));
      this._render();
      this.dispatchEvent(new CustomEvent('cchc-echart-ready'));
    }, (error) => console.error('cchc-echart: could not load ECharts', error));
  }

  _dispose() {
    this._ticket = (this._ticket || 0) + 1;
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  _scheduleResize() {
    if (this._frame) {
      return;
    }
    this._frame = requestAnimationFrame(() => {
      this._frame = 0;
      if (this._chart) {
        this._chart.resize();
        this._fitBands();
      }
    });
  }

  _render() {
    if (!this._chart) {
      return;
    }
    let option;
    try {
      option = JSON.parse(this._option);
    } catch (e) {
      console.error('cchc-echart: the option is not valid JSON', e);
      return;
    }
    const prepared = this._prepare(option);
    this._markBands(prepared);
    if (!prepared.textStyle || !prepared.textStyle.fontFamily) {
      const fontFamily = getComputedStyle(this).fontFamily;
      if (fontFamily) {
        prepared.textStyle = { ...(prepared.textStyle || {}), fontFamily };
      }
    }
    this._chart.setOption(prepared, { notMerge: true });
    this._fitBands();
  }

  /** A copy of the option with marker strings replaced by functions. */
  _prepare(value, key) {
    if (Array.isArray(value)) {
      return value.map((item) => this._prepare(item));
    }
    if (value !== null && typeof value === 'object') {
      const copy = {};
      for (const [k, v] of Object.entries(value)) {
        copy[k] = this._prepare(v, k);
      }
      return copy;
    }
    if (value === NUMBER && FORMATTER_KEYS.has(key)) {
      return (input) => this._formatNumber(input);
    }
    return value;
  }

  _formatNumber(input) {
    let value = input !== null && typeof input === 'object' && !Array.isArray(input) ? input.value : input;
    if (Array.isArray(value)) {
      value = value[value.length - 1];
    }
    if (value === null || value === undefined || value === '' || value === '-') {
      return '-';
    }
    const number = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(number)) {
      return String(value);
    }
    if (!this._numbers) {
      try {
        this._numbers = new Intl.NumberFormat(this._locale, { maximumFractionDigits: 2 });
      } catch (e) {
        this._numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
      }
    }
    return this._numbers.format(number);
  }

  /** Remembers the category axes whose label width is one band, and gives them a first width. */
  _markBands(option) {
    this._bands = [];
    for (const dim of ['xAxis', 'yAxis']) {
      const axes = option[dim];
      asArray(axes).forEach((axis, index) => {
        if (axis && axis.axisLabel && axis.axisLabel.width === BAND) {
          const count = Math.max(1, asArray(axis.data).length);
          this._bands.push({ dim, index, count, many: Array.isArray(axes) });
          axis.axisLabel.width = this._bandWidth(dim, index, count, false);
        }
      });
    }
  }

  _bandWidth(dim, index, count, measured) {
    const width = this._chart ? this._chart.getWidth() : this.clientWidth;
    if (dim === 'yAxis') {
      return Math.max(60, Math.round(width * 0.3));
    }
    let band = 0;
    if (measured && count > 1) {
      try {
        const first = this._chart.convertToPixel({ xAxisIndex: index }, 0);
        const second = this._chart.convertToPixel({ xAxisIndex: index }, 1);
        band = Math.abs(second - first);
      } catch (e) {
        band = 0;
      }
    }
    if (!band || !Number.isFinite(band)) {
      band = Math.max(0, width - 80) / count;
    }
    return Math.max(24, Math.floor(band - 8));
  }

  /** Sets the label width of band axes from the laid-out chart (after setOption and on resize). */
  _fitBands() {
    if (!this._chart || this._bands.length === 0) {
      return;
    }
    const patch = {};
    for (const band of this._bands) {
      const list = patch[band.dim] || (patch[band.dim] = []);
      while (list.length < band.index) {
        list.push({});
      }
      list[band.index] = { axisLabel: { width: this._bandWidth(band.dim, band.index, band.count, true) } };
    }
    this._chart.setOption(patch);
  }

  _onClick(params) {
    let category = null;
    let series = null;
    if (params.componentType === 'series') {
      category = params.name;
      series = params.seriesName == null ? null : String(params.seriesName);
    } else if ((params.componentType === 'xAxis' || params.componentType === 'yAxis')
        && params.targetType === 'axisLabel') {
      category = params.value;
    } else {
      return;
    }
    this.dispatchEvent(new CustomEvent('cchc-echart-click', {
      detail: { category: category == null ? null : String(category), series },
      bubbles: true,
      composed: true
    }));
  }
}

if (!customElements.get('cchc-echart')) {
  customElements.define('cchc-echart', CchcEChart);
}
