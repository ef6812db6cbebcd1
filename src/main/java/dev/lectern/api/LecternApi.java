package dev.lectern.api;

/** The version of this API. It grows by one when an interface of it changes incompatibly. */
public final class LecternApi {
  /** The current API version. */
  public static final int VERSION = 1;

  private LecternApi() {}
}
