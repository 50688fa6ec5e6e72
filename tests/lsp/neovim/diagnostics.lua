-- Run by tests/lsp/neovim.test.ts: Neovim's built-in LSP client (the 0.7 API, which later versions keep) starts
-- `gapcheck lsp` on the buffer Neovim opened, waits for its diagnostics as Neovim stores them, writes them to
-- $GAPCHECK_OUT as JSON and quits. Any Lua error is written there too, so the test never waits on a stuck editor.
local function diagnostics_of(buffer)
  local found = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
    table.insert(found, {
      code = diagnostic.code,
      line = diagnostic.lnum + 1,
      column = diagnostic.col + 1,
      severity = diagnostic.severity,
      message = diagnostic.message,
    })
  end
  return found
end

local ok, result = pcall(function()
  local buffer = vim.api.nvim_get_current_buf()
  local client = vim.lsp.start_client({
    name = 'gapcheck',
    cmd = { vim.env.GAPCHECK_NODE, vim.env.GAPCHECK_BIN, 'lsp' },
    root_dir = vim.fn.getcwd(),
    init_options = { today = vim.env.GAPCHECK_TODAY },
  })
  assert(client, 'vim.lsp.start_client could not start gapcheck lsp')
  vim.lsp.buf_attach_client(buffer, client)
  local published = vim.wait(tonumber(vim.env.GAPCHECK_WAIT_MS), function()
    return #vim.diagnostic.get(buffer) > 0
  end, 20)
  vim.lsp.stop_client(client)
  return { published = published, diagnostics = diagnostics_of(buffer) }
end)

vim.fn.writefile({ vim.fn.json_encode(ok and result or { error = tostring(result) }) }, vim.env.GAPCHECK_OUT)
vim.cmd('qa!')
