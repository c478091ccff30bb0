// The page: sends the article to the worker and renders the summary.
// No NLP here: the wasm core (in worker.js) does all of it.
import { SAMPLE } from "./sample.js";

const $ = (id) => document.getElementById(id);
const worker = new Worker("worker.js", { type: "module" });
let latest = 0;

function render(result) {
  const list = $("summary");
  list.replaceChildren(
    ...result.sentences.map((s) => {
      const li = document.createElement("li");
      li.textContent = s.text;
      return li;
    }),
  );
  $("status").textContent = "";
  $("status").className = "";
}

function showError(error) {
  $("summary").replaceChildren();
  $("status").textContent = error.message;
  $("status").className = "error";
}

worker.onmessage = ({ data }) => {
  if (data.id !== latest) return;
  if (data.error) showError(data.error);
  else render(data.result);
};

function update() {
  latest += 1;
  const sentences = Number($("length").value) || 3;
  worker.postMessage({ id: latest, text: $("article").value, options: { sentences } });
}

let timer;
function debounced() {
  clearTimeout(timer);
  timer = setTimeout(update, 150);
}

$("article").value = SAMPLE;
$("article").addEventListener("input", debounced);
$("length").addEventListener("input", debounced);
update();
