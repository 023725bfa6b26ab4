// A document's text around a fact's lines, from the API's bounded documentText query, with the
// supporting sentence highlighted. Earlier and later lines load a page at a time.
import React, { useEffect, useRef } from 'react';
import { nodeHref } from './api.js';
import { Loading, useQuery } from './common.jsx';

const PAGE = 200;
const CONTEXT = 20;
const TEXT = `query DocumentText($id: ID!, $from: Int!, $to: Int!) {
  documentText(documentId: $id, fromLine: $from, toLine: $to) { documentId title fileName lineCount fromLine toLine lines { number text } }
}`;

export function DocumentView({ id, params }) {
  const [first, last] = (params.get('lines') ?? '').split('-').map((n) => parseInt(n, 10));
  const quote = params.get('q') ?? '';
  const from = Number.isFinite(first) ? Math.max(1, parseInt(params.get('from') ?? '', 10) || first - CONTEXT) : Math.max(1, parseInt(params.get('from') ?? '1', 10) || 1);
  const to = from + (Number.isFinite(first) && !params.get('from') ? (last || first) + CONTEXT - from : PAGE - 1);
  const state = useQuery(TEXT, { id, from, to: Math.min(to, from + PAGE - 1) });
  return <Loading state={state}>{(data) => data.documentText ? <Text text={data.documentText} hit={Number.isFinite(first) ? [first, last || first] : null} quote={quote} params={params} /> : <p>No document with id {id}.</p>}</Loading>;
}

// Marks the quote inside a line when the line holds it verbatim (or its start and end), else the whole line.
function Marked({ text, quote }) {
  let start = quote ? text.indexOf(quote) : -1;
  let end = start >= 0 ? start + quote.length : -1;
  if (start < 0 && quote.length > 12) {
    const head = text.indexOf(quote.slice(0, 8));
    const tail = text.lastIndexOf(quote.slice(-8));
    if (head >= 0) { start = head; end = tail > head ? tail + 8 : text.length; }
    else if (tail >= 0) { start = 0; end = tail + 8; }
  }
  if (start < 0) return <mark>{text}</mark>;
  return <>{text.slice(0, start)}<mark>{text.slice(start, end)}</mark>{text.slice(end)}</>;
}

function Text({ text, hit, quote, params }) {
  const first = useRef(null);
  useEffect(() => { first.current?.scrollIntoView({ block: 'nearest' }); }, [text]);
  const page = (from) => {
    const next = new URLSearchParams(params);
    next.set('from', String(Math.max(1, from)));
    return `#/doc/${encodeURIComponent(text.documentId)}?${next.toString()}`;
  };
  return (
    <article className="document-view">
      <header className="entity-header">
        <p className="kind">Document 文档 · {text.fileName}</p>
        <h1 tabIndex={-1}><a href={nodeHref(text.documentId)}>{text.title}</a></h1>
        <p className="muted">Lines {text.fromLine}–{text.toLine} of {text.lineCount}</p>
      </header>
      {text.lineCount === 0 && <p className="error">The text of this document is not stored in the graph: load it again (./plangraph load --force) to read it here.</p>}
      {text.fromLine > 1 && <p><a href={page(text.fromLine - PAGE)}>↑ earlier lines 上文</a></p>}
      <ol className="document-lines" start={text.fromLine}>
        {text.lines.map((line) => {
          const inside = hit && line.number >= hit[0] && line.number <= hit[1];
          return (
            <li key={line.number} value={line.number} className={inside ? 'hit' : undefined} ref={inside && line.number === hit[0] ? first : undefined}>
              {inside ? <Marked text={line.text} quote={quote} /> : line.text || '\u00a0'}
            </li>
          );
        })}
      </ol>
      {text.toLine < text.lineCount && <p><a href={page(text.toLine + 1)}>↓ later lines 下文</a></p>}
    </article>
  );
}
