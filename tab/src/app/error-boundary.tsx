import { Component, type ErrorInfo, type ReactNode } from "react";
import { ErrorBar } from "../ui/error-bar.js";

interface ErrorBoundaryState {
  error: unknown;
}

/** Turns a rendering crash into a readable message with a way out, never a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error("Backup365 tab crashed", error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <div style={{ padding: 16 }}>
        <ErrorBar title="Something went wrong" error={this.state.error} onRetry={() => window.location.reload()} retryLabel="Reload" />
      </div>
    );
  }
}
