import { useMutation, useQuery, useQueryClient } from '@tanstack/preact-query';
import { useEffect, useState } from 'preact/hooks';
import { reader, success } from '../api.js';
import { navigate } from '../route.js';
import { useWriter } from './session.js';
import { ErrorBox, Field } from './ui.js';

/** Stores a new article, or a new version of one (its appearances are re-anchored or reported orphaned). */
export function IngestForm({ articleId }: { articleId?: string | undefined }) {
  const writer = useWriter();
  const queries = useQueryClient();
  const current = useQuery({
    queryKey: ['article', articleId, 'for-ingest'],
    queryFn: () => reader.articleText({ id: articleId as string, first: 1 }),
    enabled: Boolean(articleId),
  });
  const [headline, setHeadline] = useState('');
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const article = current.data?.article;
  useEffect(() => {
    if (article) setText(article.currentVersion.text);
  }, [article]);
  const ingest = useMutation({
    mutationFn: async () => {
      if (!writer) throw new Error('Enter an API key first.');
      const input = articleId
        ? { articleId, text, ...(message.trim() ? { message: message.trim() } : {}) }
        : {
            text,
            headline: headline.trim(),
            ...(url.trim() ? { url: url.trim() } : {}),
            ...(message.trim() ? { message: message.trim() } : {}),
          };
      return success((await writer.ingestArticle({ input })).ingestArticle).ingested;
    },
    onSuccess: async (ingested) => {
      await queries.invalidateQueries({
        predicate: (q) => q.queryKey[0] === 'articles' || q.queryKey[1] === ingested.article.id,
      });
      navigate('article', ingested.article.id);
    },
  });
  if (!writer) {
    return (
      <section class="ingest">
        <h2>Ingest an article</h2>
        <p>Enter an API key with the editor role at the top of the page to ingest articles.</p>
      </section>
    );
  }
  return (
    <section class="ingest" aria-labelledby="ingest-title">
      <h2 id="ingest-title">{article ? `New version of “${article.headline}”` : 'Ingest an article'}</h2>
      <form
        class="workflow"
        onSubmit={(event) => {
          event.preventDefault();
          ingest.mutate();
        }}
      >
        {!articleId && (
          <>
            <Field label="Headline" id="ingest-headline">
              <input
                id="ingest-headline"
                required
                value={headline}
                onInput={(e) => setHeadline(e.currentTarget.value)}
              />
            </Field>
            <Field
              label="Address (URL)"
              id="ingest-url"
              hint="A later text with the same address becomes its next version."
            >
              <input id="ingest-url" type="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
            </Field>
          </>
        )}
        <Field label="Text, verbatim" id="ingest-text" hint="Blocks are separated by blank lines.">
          <textarea id="ingest-text" required rows={14} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </Field>
        <Field label="Commit message" id="ingest-message">
          <input id="ingest-message" value={message} onInput={(e) => setMessage(e.currentTarget.value)} />
        </Field>
        <ErrorBox error={ingest.error} />
        <button type="submit" class="primary" disabled={ingest.isPending}>
          {ingest.isPending ? 'Storing…' : articleId ? 'Store the new version' : 'Ingest'}
        </button>
      </form>
    </section>
  );
}
