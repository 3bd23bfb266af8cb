/** The app's mark: the same drawing as the app icon (public/icon.svg). */
export function Logo({ size = 40 }: { size?: number }) {
  return <img className="logo" src="./icon.svg" width={size} height={size} alt="" />;
}
