// PGlite's contrib extensions are typed through package "exports", which the node10 resolution of the
// back end does not read; point the type checker at their declarations.
declare module '@electric-sql/pglite/contrib/btree_gist' {
  export { btree_gist } from '@electric-sql/pglite/dist/contrib/btree_gist';
}
