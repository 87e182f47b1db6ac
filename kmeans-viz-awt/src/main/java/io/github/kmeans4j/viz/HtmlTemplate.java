package io.github.kmeans4j.viz;

/**
 * The page of the HTML player: placeholders __WIDTH__, __HEIGHT__, __DELAY__, __HOLD__ and
 * __COUNT__, __STEP__ (ms per picture in between), and the markers (comments named FRAMES, PLAIN,
 * TRUTH, MOTION and MOTION_PLAIN) where the data URLs go: the frames as painted, the same frames
 * without regions (none when there is no such choice), one picture of the true classes (empty when
 * none were given), and per frame the pictures in between that lead into it, with regions and
 * without (no lists without smooth motion).
 */
final class HtmlTemplate {
    private HtmlTemplate() {
    }

    static String text() {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>k-means, step by step</title>
                <style>
                  body { font-family: system-ui, sans-serif; margin: 12px; background: #fafafa; color: #222; }
                  /* as large as the window allows, keeping the frame's proportions */
                  #stage { width: min(100%, calc((100vh - 110px) * __WIDTH__ / __HEIGHT__)); margin: 0 auto; }
                  #frame { width: 100%; height: auto; border: 1px solid #ccc; background: #fff; display: block; }
                  .hint { color: #666; font-size: 13px; margin-top: 4px; }
                  .controls { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 8px; }
                  button { font-size: 15px; min-width: 2.6em; padding: 3px 8px; cursor: pointer; }
                  #scrub { flex: 1 1 200px; }
                  #counter { font-variant-numeric: tabular-nums; min-width: 6em; text-align: center; }
                </style>
                </head>
                <body data-frame="0" data-motion="0" data-playing="false">
                <div id="stage">
                  <img id="frame" width="__WIDTH__" height="__HEIGHT__" alt="frame 1 of __COUNT__">
                  <div class="controls">
                    <button id="first" title="first frame (Home)" aria-label="first frame">|&#x25C0;</button>
                    <button id="back" title="step back (left arrow)" aria-label="step back">&#x25C0;&#x25C0;</button>
                    <button id="play" title="play or pause (space)" aria-label="play or pause">&#x25B6;</button>
                    <button id="forward" title="step forward (right arrow)" aria-label="step forward">&#x25B6;&#x25B6;</button>
                    <button id="last" title="last frame (End)" aria-label="last frame">&#x25B6;|</button>
                    <input id="scrub" type="range" min="0" max="0" value="0" aria-label="frame">
                    <span id="counter">1 / __COUNT__</span>
                    <label>speed
                      <select id="speed">
                        <option value="0.25">0.25&#xD7;</option>
                        <option value="0.5">0.5&#xD7;</option>
                        <option value="1" selected>1&#xD7;</option>
                        <option value="2">2&#xD7;</option>
                        <option value="4">4&#xD7;</option>
                      </select>
                    </label>
                    <label><input id="loop" type="checkbox" checked> loop</label>
                    <label id="regionsLabel"><input id="regions" type="checkbox" checked> regions</label>
                    <label id="truthLabel"><input id="truth" type="checkbox"> true classes</label>
                  </div>
                  <div class="hint">keys: space play/pause · &#x2190; &#x2192; step · Home End first/last ·
                    R regions · T true classes</div>
                </div>
                <script>
                "use strict";
                const FRAMES = [/*FRAMES*/
                ];
                const PLAIN = [/*PLAIN*/
                ];
                const TRUTH = "/*TRUTH*/";
                const MOTION = [/*MOTION*/
                ];
                const MOTION_PLAIN = [/*MOTION_PLAIN*/
                ];
                (function () {
                  const DELAY = __DELAY__, HOLD = __HOLD__, STEP = __STEP__;
                  const $ = (id) => document.getElementById(id);
                  const img = $("frame"), scrub = $("scrub"), counter = $("counter");
                  const playButton = $("play"), speed = $("speed"), loop = $("loop");
                  const regions = $("regions"), truth = $("truth");
                  if (PLAIN.length === 0) { $("regionsLabel").style.display = "none"; }
                  if (TRUTH === "") { $("truthLabel").style.display = "none"; }
                  const last = FRAMES.length - 1;
                  let index = 0;
                  let timer = null;
                  scrub.max = String(last);

                  let motion = 0;   // 0: the frame itself; m: the m-th picture on the way into it
                  function into(i) {
                    const m = !regions.checked && MOTION_PLAIN.length > 0 ? MOTION_PLAIN : MOTION;
                    return m.length > 0 ? m[i] : [];
                  }
                  function show(i, m) {
                    index = Math.max(0, Math.min(last, i));
                    motion = m || 0;
                    img.src = truth.checked && TRUTH !== "" ? TRUTH
                        : motion > 0 ? into(index)[motion - 1]
                        : !regions.checked && PLAIN.length > 0 ? PLAIN[index] : FRAMES[index];
                    document.body.dataset.motion = String(motion);
                    document.body.dataset.regions = String(regions.checked);
                    document.body.dataset.truth = String(truth.checked && TRUTH !== "");
                    img.alt = "frame " + (index + 1) + " of " + FRAMES.length;
                    scrub.value = String(index);
                    counter.textContent = (index + 1) + " / " + FRAMES.length;
                    document.body.dataset.frame = String(index);
                  }
                  function schedule() {
                    const wait = (motion > 0 ? STEP : index === last ? HOLD : DELAY) / Number(speed.value);
                    timer = setTimeout(tick, wait);
                  }
                  function tick() {
                    timer = null;
                    const truthShown = truth.checked && TRUTH !== "";
                    if (motion > 0 && motion < into(index).length && !truthShown) {
                      show(index, motion + 1);
                      schedule();
                    } else if (motion > 0) {
                      show(index);
                      schedule();
                    } else if (index < last) {
                      show(index + 1, into(index + 1).length > 0 && !truthShown ? 1 : 0);
                      schedule();
                    } else if (loop.checked) {
                      show(0);
                      schedule();
                    } else {
                      setPlaying(false);
                    }
                  }
                  function setPlaying(on) {
                    if (timer !== null) {
                      clearTimeout(timer);
                      timer = null;
                    }
                    if (!on && motion > 0) {   // paused on the way: show the frame it led to
                      show(index);
                    }
                    if (on) {
                      if (index === last && !loop.checked) {
                        show(0);
                      }
                      schedule();
                    }
                    playButton.innerHTML = on ? "&#x2016;" : "&#x25B6;";
                    document.body.dataset.playing = String(on);
                  }
                  function pauseAnd(f) {
                    return () => { setPlaying(false); f(); };
                  }
                  $("first").onclick = pauseAnd(() => show(0));
                  $("back").onclick = pauseAnd(() => show(index - 1));
                  $("forward").onclick = pauseAnd(() => show(index + 1));
                  $("last").onclick = pauseAnd(() => show(last));
                  playButton.onclick = () => setPlaying(timer === null);
                  scrub.oninput = pauseAnd(() => show(Number(scrub.value)));
                  regions.onchange = () => show(index);
                  truth.onchange = () => show(index);
                  function toggle(box) {
                    box.checked = !box.checked;
                    show(index);
                  }
                  document.addEventListener("keydown", (e) => {
                    if (e.target && (e.target.tagName === "SELECT" || e.ctrlKey || e.metaKey || e.altKey)) {
                      return;
                    }
                    const keys = {
                      " ": () => setPlaying(timer === null),
                      "ArrowLeft": pauseAnd(() => show(index - 1)),
                      "ArrowRight": pauseAnd(() => show(index + 1)),
                      "Home": pauseAnd(() => show(0)),
                      "End": pauseAnd(() => show(last)),
                      "r": () => { if (PLAIN.length > 0) { toggle(regions); } },
                      "t": () => { if (TRUTH !== "") { toggle(truth); } }
                    };
                    if (keys[e.key]) {
                      e.preventDefault();
                      keys[e.key]();
                    }
                  });
                  show(0);
                  if (location.hash === "#play") {
                    setPlaying(true);
                  }
                })();
                </script>
                </body>
                </html>
                """;
    }
}
