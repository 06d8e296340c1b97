// Plattegrond picker (progressive enhancement; the form works without it through the two number fields).
// A click or tap on the drawing fills "Van links (%)" and "Van boven (%)" and moves the marker; typing in the
// fields moves the marker too.
(function () {
  'use strict';
  var ns = 'http://www.w3.org/2000/svg';
  document.querySelectorAll('[data-wk-pin]').forEach(function (box) {
    var svg = box.querySelector('svg.wk-plattegrond__svg--pick');
    var x = box.querySelector('input[name="Input.PinX"]');
    var y = box.querySelector('input[name="Input.PinY"]');
    if (!svg || !x || !y) {
      return;
    }
    var width = Number(svg.getAttribute('data-width'));
    var height = Number(svg.getAttribute('data-height'));
    var radius = Math.max(8, width * 0.013);
    var hint = box.querySelector('[data-wk-pin-hint]');
    if (hint) {
      hint.hidden = false;
    }

    function marker() {
      var circle = svg.querySelector('.wk-plattegrond__pin circle');
      if (!circle) {
        var group = document.createElementNS(ns, 'g');
        group.setAttribute('class', 'wk-plattegrond__pin');
        group.setAttribute('aria-hidden', 'true');
        circle = document.createElementNS(ns, 'circle');
        circle.setAttribute('r', String(radius));
        circle.setAttribute('fill', '#b3005e');
        circle.setAttribute('stroke', '#ffffff');
        circle.setAttribute('stroke-width', String(radius / 4));
        group.appendChild(circle);
        svg.appendChild(group);
      }
      return circle;
    }

    function show() {
      var px = parseFloat(x.value);
      var py = parseFloat(y.value);
      if (isNaN(px) || isNaN(py)) {
        return;
      }
      var circle = marker();
      circle.setAttribute('cx', String(width * px / 100));
      circle.setAttribute('cy', String(height * py / 100));
    }

    svg.addEventListener('click', function (event) {
      var point = svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      var inside = point.matrixTransform(svg.getScreenCTM().inverse());
      var px = Math.min(100, Math.max(0, inside.x / width * 100));
      var py = Math.min(100, Math.max(0, inside.y / height * 100));
      x.value = px.toFixed(1);
      y.value = py.toFixed(1);
      show();
    });
    x.addEventListener('input', show);
    y.addEventListener('input', show);
  });
}());
