// Jest's globalSetup, run in the parent process before the test workers start (they inherit its
// environment, and so do the processes tests spawn). The suite runs in GitHub Actions too
// (.github/workflows/ci.yml), where GITHUB_ACTIONS=true makes the CLI wrap its output in
// ::stop-commands:: (src/cli/workflow-commands.ts); tests that spawn the CLI read its output as a
// terminal would, and the tests of that wrapping set the variable themselves.
module.exports = async () => {
  delete process.env.GITHUB_ACTIONS;
};
