/*
 * <rapport-chart>: draws a Chart.js chart from the JSON the server puts in its `config` property
 * (or attribute); see ChartSpec.toChartJsConfig. A plain script, loaded by @JavaScript on the Java
 * Chart component, so Vaadin needs no frontend bundle build. Chart.js comes from its WebJar, once
 * per page. The canvas is aria-hidden: the figures are in the table beside it.
 */
(function () {
  'use strict';

  if (customElements.get('rapport-chart')) {
    return;
  }

  // Keep in step with the chart.js version in pom.xml (ChartCardTest checks the file exists).
  const LIBRARY = 'webjars/chart.js/4.4.1/dist/chart.umd.js';
  let library;

  function loadChartJs() {
    if (!library) {
      library = new Promise((resolve, reject) => {
        if (window.Chart) {
          resolve(window.Chart);
          return;
        }
        const script = document.createElement('script');
        script.src = new URL(LIBRARY, document.baseURI).href;
        script.onload = () => (window.Chart ? resolve(window.Chart) : reject(new Error('Chart.js did not load')));
        script.onerror = () => reject(new Error('Could not load ' + script.src));
        document.head.appendChild(script);
      }).then(useLumoLook, (error) => {
        library = undefined; // let a later chart try again
        throw error;
      });
    }
    return library;
  }

  /** Text in the charts looks like the rest of the page. */
  function useLumoLook(Chart) {
    const style = getComputedStyle(document.documentElement);
    const lumo = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
    Chart.defaults.font.family = lumo('--lumo-font-family', 'system-ui, sans-serif');
    Chart.defaults.font.size = 12;
    Chart.defaults.color = lumo('--lumo-secondary-text-color', '#5a6a7d');
    return Chart;
  }

  function reducedMotion() {
    return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  function formatValue(value, format) {
    if (value === null || value === undefined || Number.isNaN(value)) {
      return '–';
    }
    const decimals = format && Number.isInteger(format.decimals) ? format.decimals : 0;
    const text = value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    const unit = format && format.unit;
    if (!unit) {
      return text;
    }
    return unit === '%' ? text + unit : text + ' ' + unit;
  }

  /** Shades the whole column of each noted label, so a highlight shows on line charts too. */
  function drawBands(chart, extras) {
    const notes = extras && extras.notes;
    const x = chart.scales.x;
    if (!notes || !x || !notes.some((n) => n)) {
      return;
    }
    const area = chart.chartArea;
    const count = chart.data.labels.length;
    const step = count > 1 ? Math.abs(x.getPixelForValue(1) - x.getPixelForValue(0)) : area.right - area.left;
    const ctx = chart.ctx;
    ctx.save();
    ctx.fillStyle = extras.bandColor || 'rgba(226, 67, 77, 0.09)';
    notes.forEach((note, index) => {
      if (!note) {
        return;
      }
      const centre = x.getPixelForValue(index);
      const left = Math.max(area.left, centre - step / 2);
      const right = Math.min(area.right, centre + step / 2);
      ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
    });
    ctx.restore();
  }

  class RapportChart extends HTMLElement {
    static get observedAttributes() {
      return ['config'];
    }

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML =
        '<style>' +
        ':host{display:block;position:relative;height:280px;min-width:0}' +
        ':host([hidden]){display:none}' +
        '.box{position:relative;width:100%;height:100%}' +
        '.error{margin:0;padding:1em;color:var(--lumo-secondary-text-color,#666);font-size:var(--lumo-font-size-s,14px)}' +
        '</style>' +
        '<div class="box"><canvas aria-hidden="true"></canvas></div>';
      this._canvas = root.querySelector('canvas');
      this._configText = null;
      this._extras = null;
      this._chart = null;
      this._generation = 0;
    }

    get config() {
      return this._configText;
    }

    /** The Chart.js config as JSON; each change redraws. */
    set config(value) {
      const text = value === null || value === undefined ? null : String(value);
      if (text === this._configText) {
        return;
      }
      this._configText = text;
      this._render();
    }

    attributeChangedCallback(name, oldValue, newValue) {
      this.config = newValue;
    }

    connectedCallback() {
      // A value set before this element was defined sits on the instance and hides the setter.
      if (Object.prototype.hasOwnProperty.call(this, 'config')) {
        const value = this.config;
        delete this.config;
        this.config = value;
      }
      this._render();
    }

    disconnectedCallback() {
      this._destroy();
    }

    async _render() {
      const generation = ++this._generation;
      if (!this.isConnected || !this._configText) {
        return;
      }
      let parsed;
      try {
        parsed = JSON.parse(this._configText);
      } catch (error) {
        console.error('rapport-chart: config is not JSON', error);
        return;
      }
      let Chart;
      try {
        Chart = await loadChartJs();
      } catch (error) {
        console.error('rapport-chart:', error);
        this._showError();
        return;
      }
      // A newer config or a disconnect came while the library loaded.
      if (generation !== this._generation || !this.isConnected) {
        return;
      }
      this._draw(Chart, parsed);
    }

    _draw(Chart, parsed) {
      const { rapport: extras, ...config } = parsed;
      this._extras = extras || {};
      config.options = config.options || {};
      this._addCallbacks(config.options);
      if (reducedMotion()) {
        config.options.animation = false;
      }
      if (this._chart && this._chart.config.type === config.type) {
        this._chart.data = config.data;
        this._chart.options = config.options;
        this._chart.update();
      } else {
        this._destroy();
        config.plugins = [{ id: 'rapportHighlight', beforeDatasetsDraw: (chart) => drawBands(chart, this._extras) }];
        this._chart = new Chart(this._canvas, config);
      }
      this.setAttribute('data-state', 'drawn');
    }

    /** Functions cannot come as JSON: tooltips get their units, decimals and notes here. */
    _addCallbacks(options) {
      const plugins = (options.plugins = options.plugins || {});
      const tooltip = (plugins.tooltip = plugins.tooltip || {});
      const legend = (plugins.legend = plugins.legend || {});
      // Datasets carry a drawing order (lines over bars); legend and tooltip keep the series order.
      legend.labels = Object.assign({}, legend.labels, { sort: (a, b) => a.datasetIndex - b.datasetIndex });
      tooltip.itemSort = (a, b) => a.datasetIndex - b.datasetIndex;
      tooltip.callbacks = {
        label: (item) => {
          const formats = this._extras.series || [];
          return (item.dataset.label || '') + ': ' + formatValue(item.parsed.y, formats[item.datasetIndex]);
        },
        footer: (items) => {
          const notes = this._extras.notes || [];
          return items.length && notes[items[0].dataIndex] ? notes[items[0].dataIndex] : '';
        },
      };
    }

    _showError() {
      this.setAttribute('data-state', 'error');
      const box = this.shadowRoot.querySelector('.box');
      if (!box.querySelector('.error')) {
        const message = document.createElement('p');
        message.className = 'error';
        message.textContent = 'The chart could not be loaded.';
        box.appendChild(message);
      }
    }

    _destroy() {
      if (this._chart) {
        this._chart.destroy();
        this._chart = null;
      }
      this.removeAttribute('data-state');
    }
  }

  customElements.define('rapport-chart', RapportChart);
})();
