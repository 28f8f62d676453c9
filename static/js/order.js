// The order page: a quantity is saved as soon as it is chosen, without
// reloading the page. The server has the last word: the select shows the
// quantity it really saved, and the sentence it gives when it refused.
(function () {
  "use strict";

  function texts() {
    return document.getElementById("order-texts").dataset;
  }

  function setSelect(select, value) {
    var found = Array.prototype.some.call(select.options, function (option) {
      return option.value === value;
    });
    if (!found) {
      var option = new Option(value, value);
      select.add(option, select.options[select.options.length - 1]);
    }
    select.value = value;
    select.dataset.saved = value;
  }

  function post(form, extra) {
    var data = new FormData(form);
    Object.keys(extra || {}).forEach(function (key) {
      data.set(key, extra[key]);
    });
    return fetch(form.action, {
      method: "POST",
      body: data,
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    }).then(function (response) {
      return response.json();
    });
  }

  document.addEventListener("change", function (event) {
    var select = event.target;
    if (!select.matches(".quantity-form select")) return;
    var form = select.form;
    var message = form.querySelector(".offer-item__message");
    var previous = select.dataset.saved;

    if (select.value === "other") {
      setSelect(select, previous);
      message.textContent = texts().other;
      return;
    }
    message.textContent = "…";
    post(form)
      .then(function (answer) {
        setSelect(select, answer.saved);
        message.textContent = answer.refused || texts().saved;
        document.getElementById("basket-total").textContent = answer.total;
      })
      .catch(function () {
        setSelect(select, previous);
        message.textContent = texts().offline;
      });
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches(".heart-form")) return;
    event.preventDefault();
    var button = form.querySelector(".heart");
    post(form).then(function (answer) {
      button.setAttribute("aria-pressed", String(answer.favourite));
    });
  });
})();
