declare namespace App {
  interface Locals {
    /** Set when the request came to a tenant's own host: its page lives at the root ('' ). */
    pageRoot?: string;
  }
}
