// Lectern: a "Copy" button on every code block. The page works without it.
// Copies the code without line numbers (CSS counters are never copied), and for pycon/console
// sessions only the commands, without their ">>>", "..." or "$" prompts.
(function () {
  "use strict";
  var status;
  var PROMPTS = {
    "language-pycon": /^(?:>>>|\.\.\.)(?: |$)(.*)$/,
    "language-console": /^(?:[^\s@:$#%*!/\\]+@[^\r\n@:$#%*!/\\]+(?::[^$#%]*)?|[/~.][^$#%@:;|]*)?[$#%] (.*)$/
  };

  function announce(text) {
    if (!status) {
      status = document.createElement("div");
      status.className = "visually-hidden";
      status.setAttribute("role", "status");
      status.setAttribute("aria-live", "polite");
      document.body.appendChild(status);
    }
    status.textContent = "";
    setTimeout(function () { status.textContent = text; }, 50);
  }

  function textOf(code) {
    var text = code.textContent.replace(/\n$/, "");
    var prompt = PROMPTS[code.className.split(" ").filter(function (c) { return PROMPTS[c]; })[0]];
    if (!prompt) return text;
    var commands = text.split("\n").map(function (line) {
      var m = prompt.exec(line);
      return m ? m[1] : null;
    }).filter(function (line) { return line !== null; });
    return commands.length ? commands.join("\n") : text;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand("copy");
      area.remove();
      if (ok) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  document.querySelectorAll(".code-block").forEach(function (block) {
    var code = block.querySelector("pre > code");
    if (!code) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy code to clipboard");
    button.addEventListener("click", function () {
      copy(textOf(code)).then(function () {
        button.textContent = "Copied";
        announce("Copied");
      }, function () {
        button.textContent = "Press Ctrl+C";
        announce("Copy failed: select the code and press Ctrl+C");
      }).then(function () {
        setTimeout(function () { button.textContent = "Copy"; }, 2000);
      });
    });
    block.appendChild(button);
  });
})();
