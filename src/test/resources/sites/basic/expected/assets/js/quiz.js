// Lectern quizzes: check answers, keep a score, remember it per chapter. The quiz works without
// this script (a <details> shows each answer); this adds "Check", feedback and a score.
(function () {
  "use strict";
  var KEY = "lectern-quiz:";

  function load(path) {
    try { return JSON.parse(localStorage.getItem(KEY + path)); } catch (e) { return null; }
  }

  function save(path, score) {
    try { localStorage.setItem(KEY + path, JSON.stringify(score)); } catch (e) { /* private mode */ }
  }

  function button(text, className) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = className;
    b.textContent = text;
    return b;
  }

  function setUp(quiz) {
    var status = quiz.querySelector(".quiz-status");
    var questions = quiz.querySelectorAll(".quiz-question");
    var results = [];
    var retry = button("Try again", "quiz-retry");
    retry.hidden = true;
    status.after(retry);

    function report() {
      var done = results.filter(function (r) { return r !== undefined; }).length;
      if (done < questions.length) return;
      var right = results.filter(Boolean).length;
      status.textContent = "Score: " + right + " of " + questions.length;
      save(location.pathname, { score: right, total: questions.length });
      retry.hidden = false;
    }

    questions.forEach(function (question, i) {
      var feedback = document.createElement("p");
      feedback.className = "quiz-feedback";
      var check = button("Check", "quiz-check");
      question.querySelector(".quiz-options").after(check, feedback);
      check.addEventListener("click", function () {
        var items = question.querySelectorAll(".quiz-options li");
        var chosen = 0;
        var right = true;
        items.forEach(function (li) {
          var input = li.querySelector("input");
          var correct = li.hasAttribute("data-correct");
          if (input.checked) chosen++;
          if (input.checked !== correct) right = false;
        });
        if (!chosen) {
          feedback.textContent = "Choose an answer first.";
          status.textContent = "Question " + (i + 1) + ": choose an answer first.";
          return;
        }
        items.forEach(function (li) {
          var correct = li.hasAttribute("data-correct");
          li.classList.toggle("is-correct", correct);
          li.classList.toggle("is-wrong", li.querySelector("input").checked && !correct);
        });
        results[i] = right;
        question.setAttribute("data-result", right ? "right" : "wrong");
        feedback.textContent = right ? "✓ Correct." : "✗ Not quite. The correct answer is marked.";
        status.textContent = "Question " + (i + 1) + ": " + (right ? "correct." : "not quite.");
        question.querySelector(".quiz-answer").open = true;
        report();
      });
    });

    retry.addEventListener("click", function () {
      results = [];
      questions.forEach(function (question) {
        question.removeAttribute("data-result");
        question.querySelectorAll("input").forEach(function (input) { input.checked = false; });
        question.querySelectorAll("li").forEach(function (li) {
          li.classList.remove("is-correct", "is-wrong");
        });
        question.querySelector(".quiz-feedback").textContent = "";
        question.querySelector(".quiz-answer").open = false;
      });
      status.textContent = "Answers cleared.";
      retry.hidden = true;
      questions[0].querySelector("input").focus();
    });
  }

  document.querySelectorAll(".quiz").forEach(setUp);

  // Chapter lists mark the chapters whose quiz the reader has completed.
  document.querySelectorAll("[data-quiz-page]").forEach(function (item) {
    var score = load(item.getAttribute("data-quiz-page"));
    if (!score) return;
    var mark = document.createElement("span");
    mark.className = "badge quiz-done";
    mark.textContent = "Quiz " + score.score + "/" + score.total;
    item.querySelector("a").after(" ", mark);
  });
})();
