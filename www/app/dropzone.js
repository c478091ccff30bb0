// A file dropped anywhere on the page: an overlay while dragging, `onFile(file)` on drop.
// Drags that carry no file (text, links) keep their usual behaviour.

const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes("Files");

export function dropFilesOn(target, overlay, onFile) {
  let depth = 0; // dragenter/dragleave fire for every child crossed
  const hide = () => {
    depth = 0;
    overlay.hidden = true;
  };
  target.addEventListener("dragenter", (e) => {
    if (!hasFiles(e)) return;
    depth++;
    overlay.hidden = false;
  });
  target.addEventListener("dragleave", (e) => {
    if (hasFiles(e) && --depth <= 0) hide();
  });
  target.addEventListener("dragover", (e) => {
    if (hasFiles(e)) e.preventDefault(); // allows the drop
  });
  target.addEventListener("drop", (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault(); // not the browser's: it would open the file in place of the page
    hide();
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  });
}
