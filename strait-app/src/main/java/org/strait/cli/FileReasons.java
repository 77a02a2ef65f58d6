package org.strait.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says in words why a file operation failed, for messages that would otherwise show only a path or a class name. */
final class FileReasons {
  private FileReasons() {}

  /** Returns the reason of {@code e}: "no such file or folder", "permission denied", ... */
  static String reason(FileSystemException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "it exists already";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "the folder is not empty";
    }
    return e.getReason() != null ? e.getReason() : "the file system refused it";
  }

  /** Returns "cannot use FILE: REASON" for {@code e}. */
  static String describe(FileSystemException e) {
    return "cannot use " + e.getFile() + (e.getOtherFile() == null ? "" : " and " + e.getOtherFile()) + ": "
        + reason(e);
  }
}
