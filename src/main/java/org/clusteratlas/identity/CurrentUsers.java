package org.clusteratlas.identity;

/** Who is asking. Every module decides visibility and rights from this, never from the raw security context. */
public interface CurrentUsers {

    /** The current person, loaded fresh for this request; {@link CurrentUser#ANONYMOUS} when nobody signed in. */
    CurrentUser current();
}
