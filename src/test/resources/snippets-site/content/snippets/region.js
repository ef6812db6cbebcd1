const a = 1
// #region snippet
function b() {
  return a
}
// #endregion snippet
export default b
