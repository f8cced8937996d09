// Briefing preview: reloads this page when the site is rebuilt. Served by `briefing serve` only;
// never part of the built site. The page's build is named by the data-stamp attribute the server
// put on this script's tag; the server names its current build in every event.
(function () {
  "use strict";
  var script = document.currentScript;
  var stamp = script ? script.getAttribute("data-stamp") : null;
  var url = "/_briefing/events";
  var delay = 250;

  function check(event) {
    if (event.data && event.data !== stamp) {
      window.location.reload();
    }
  }

  function connect() {
    var source = new EventSource(url);
    source.addEventListener("hello", function (event) { delay = 250; check(event); });
    source.addEventListener("reload", check);
    source.onerror = function () {
      // The browser retries by itself while the connection is merely lost; once it gives up
      // (the server was stopped and answered with an error), try again with a growing delay.
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        window.setTimeout(connect, delay);
        delay = Math.min(delay * 2, 4000);
      }
    };
  }

  connect();
}());
