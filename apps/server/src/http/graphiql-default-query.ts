/** What GraphiQL opens with: the story's claims, what the text says of them, and who said them. */
export const defaultQuery = /* GraphQL */ `# claimgraph: the claims of a news story, what the text says about their
# certainty, who said them and who passed them on, and the exact words.
# Press the run button (or Ctrl-Enter). The Docs panel lists every type and field.

query StoryClaims {
  claims(first: 30) {
    totalCount
    edges {
      node {
        id
        text
        verificationStatus
        appearances(first: 1) {
          edges {
            node {
              statedCertainty
              quote
              cues { kind anchor { exact } }
              attribution {
                role
                agent {
                  __typename
                  ... on Actor { name }
                  ... on Source { name kind }
                }
              }
            }
          }
        }
      }
    }
  }
}
`;
