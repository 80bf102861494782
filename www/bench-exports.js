/* vader-sentiment's browser bundle assigns to a global `exports` (it is CommonJS). */
window.exports = window.exports || {};
