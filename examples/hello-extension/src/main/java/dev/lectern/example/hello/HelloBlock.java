package dev.lectern.example.hello;

import org.commonmark.node.CustomBlock;

/** A {@code :::hello NAME} block: whom to greet. */
final class HelloBlock extends CustomBlock {
  private final String name;

  HelloBlock(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }
}
