// Lectern quizzes: check answers, keep a score, remember it per chapter. The quiz works without
// this script ("Show answer" opens each answer); with it, each question gets a Check button that
// marks the options and reveals the explanation, and the quiz ends with a score card.
(function () {
  "use strict";
  var KEY = "lectern-quiz:";

  function load(path) {
    try { return JSON.parse(localStorage.getItem(KEY + path)); } catch (e) { return null; }
  }

  function save(path, score) {
    try { localStorage.setItem(KEY + path, JSON.stringify(score)); } catch (e) { /* private mode */ }
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  function button(text, className) {
    var b = element("button", className, text);
    b.type = "button";
    return b;
  }

  function setUp(quiz) {
    var status = quiz.querySelector(".quiz-status");
    var intro = quiz.querySelector(".quiz-intro");
    var questions = quiz.querySelectorAll(".quiz-question");
    var results = [];
    if (intro) {
      intro.textContent = questions.length + (questions.length === 1 ? " question" : " questions") +
        ". Choose an answer, then press Check.";
    }
    var card = element("div", "quiz-score");
    var value = element("p", "quiz-score-value");
    var retry = button("Try again", "quiz-retry");
    card.append(value, element("p", "quiz-score-note",
      "Your score is kept in this browser and shown in the chapter lists."), retry);
    card.hidden = true;
    status.before(card);

    function report() {
      var done = results.filter(function (r) { return r !== undefined; }).length;
      if (done < questions.length) return;
      var right = results.filter(Boolean).length;
      value.textContent = "You scored " + right + " of " + questions.length;
      card.hidden = false;
      status.textContent = "Quiz done: " + right + " of " + questions.length + " right.";
      save(location.pathname, { score: right, total: questions.length });
    }

    questions.forEach(function (question, i) {
      var actions = element("div", "quiz-actions");
      var check = button("Check", "quiz-check");
      var feedback = element("p", "quiz-feedback");
      actions.append(check, feedback);
      question.querySelector(".quiz-options").after(actions);
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
        feedback.textContent = right ? "\u2713 Correct" : "\u2717 Not quite: the right answer is marked";
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
      card.hidden = true;
      status.textContent = "Answers cleared.";
      questions[0].scrollIntoView({ block: "center" });
      questions[0].querySelector("input").focus({ preventScroll: true });
    });
  }

  document.querySelectorAll(".quiz").forEach(setUp);

  // Chapter lists mark the chapters whose quiz the reader has completed.
  document.querySelectorAll("[data-quiz-page]").forEach(function (item) {
    var score = load(item.getAttribute("data-quiz-page"));
    if (!score) return;
    var mark = element("span", "badge quiz-done", "Quiz " + score.score + "/" + score.total);
    mark.title = "Your quiz score";
    (item.querySelector(".card-meta") || item).appendChild(mark);
  });
})();
