package org.mailflowsim.cli;
public final class Mailflow { public static void main(String[] a) {} }
