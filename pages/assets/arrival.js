/* Arriving at a paragraph's address. The paragraph an address names (#p12: a citation, a link
 * from the glossary, the Corrections list or a search) is marked by CSS (:target, edition.css),
 * without JavaScript. An address naming a paragraph the text does not have (#p99, a citation of
 * another version, a typing slip) would otherwise fail silently: a message at the top of the
 * text says so and gives the range, in a live region, until the address changes.
 */
(function () {
  "use strict";

  var edition = window.edition;
  var ID = "paragraph-missing";

  function check() {
    var old = document.getElementById(ID);
    if (old) old.remove();
    // #pN, or #pN.L: line L of block N of a verse text.
    var match = /^#p(\d+)(?:\.(\d+))?$/.exec(location.hash);
    var paragraphs = document.querySelectorAll(".md-content p.numbered[id^='p']");
    if (!match || !paragraphs.length || document.getElementById(location.hash.slice(1))) return;
    var paragraph = document.getElementById("p" + match[1]);
    var text = paragraph && match[2]
      ? "There is no line " + match[2] + " in stanza " + match[1] + ": its lines are numbered 1 to " +
        paragraph.querySelectorAll("span.line").length + "."
      : "There is no paragraph " + match[1] + " in this text: its paragraphs are numbered 1 to " +
        paragraphs.length + ".";
    var message = edition.element("p", "paragraph-missing", text);
    message.id = ID;
    message.setAttribute("role", "alert");
    var heading = document.querySelector(".md-content article h1");
    if (heading) heading.after(message); else paragraphs[0].before(message);
    message.scrollIntoView({ block: "center" });
  }

  window.addEventListener("hashchange", check);
  edition.onPage(check);
})();
