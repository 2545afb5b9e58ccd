/**
 * Finding a loop or a profile wherever a command accepts one: by a bundled name or by a file path
 * (a file of that name wins over a bundled one).
 */
package io.hcsim.core.library;
